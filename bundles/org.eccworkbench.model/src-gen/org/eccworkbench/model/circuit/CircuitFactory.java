/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.eccworkbench.model.circuit.CircuitPackage
 * @generated
 */
public interface CircuitFactory extends EFactory {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CircuitFactory eINSTANCE = org.eccworkbench.model.circuit.impl.CircuitFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Circuit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Circuit</em>'.
	 * @generated
	 */
	Circuit createCircuit();

	/**
	 * Returns a new object of class '<em>Port</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Port</em>'.
	 * @generated
	 */
	Port createPort();

	/**
	 * Returns a new object of class '<em>Connection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Connection</em>'.
	 * @generated
	 */
	Connection createConnection();

	/**
	 * Returns a new object of class '<em>Patient Node</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Patient Node</em>'.
	 * @generated
	 */
	PatientNode createPatientNode();

	/**
	 * Returns a new object of class '<em>Cannula</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cannula</em>'.
	 * @generated
	 */
	Cannula createCannula();

	/**
	 * Returns a new object of class '<em>Connector</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Connector</em>'.
	 * @generated
	 */
	Connector createConnector();

	/**
	 * Returns a new object of class '<em>Reservoir</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reservoir</em>'.
	 * @generated
	 */
	Reservoir createReservoir();

	/**
	 * Returns a new object of class '<em>Roller Pump</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Roller Pump</em>'.
	 * @generated
	 */
	RollerPump createRollerPump();

	/**
	 * Returns a new object of class '<em>Centrifugal Pump</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Centrifugal Pump</em>'.
	 * @generated
	 */
	CentrifugalPump createCentrifugalPump();

	/**
	 * Returns a new object of class '<em>Oxygenator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Oxygenator</em>'.
	 * @generated
	 */
	Oxygenator createOxygenator();

	/**
	 * Returns a new object of class '<em>Arterial Filter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Arterial Filter</em>'.
	 * @generated
	 */
	ArterialFilter createArterialFilter();

	/**
	 * Returns a new object of class '<em>Cardioplegia Set</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cardioplegia Set</em>'.
	 * @generated
	 */
	CardioplegiaSet createCardioplegiaSet();

	/**
	 * Returns a new object of class '<em>Suction Vent</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Suction Vent</em>'.
	 * @generated
	 */
	SuctionVent createSuctionVent();

	/**
	 * Returns a new object of class '<em>Hemoconcentrator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Hemoconcentrator</em>'.
	 * @generated
	 */
	Hemoconcentrator createHemoconcentrator();

	/**
	 * Returns a new object of class '<em>One Way Valve</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>One Way Valve</em>'.
	 * @generated
	 */
	OneWayValve createOneWayValve();

	/**
	 * Returns a new object of class '<em>Clamp</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Clamp</em>'.
	 * @generated
	 */
	Clamp createClamp();

	/**
	 * Returns a new object of class '<em>Sensor</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sensor</em>'.
	 * @generated
	 */
	Sensor createSensor();

	/**
	 * Returns a new object of class '<em>Gas Blender</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gas Blender</em>'.
	 * @generated
	 */
	GasBlender createGasBlender();

	/**
	 * Returns a new object of class '<em>Heater Cooler</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Heater Cooler</em>'.
	 * @generated
	 */
	HeaterCooler createHeaterCooler();

	/**
	 * Returns a new object of class '<em>Patient</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Patient</em>'.
	 * @generated
	 */
	Patient createPatient();

	/**
	 * Returns a new object of class '<em>Clinical Case</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Clinical Case</em>'.
	 * @generated
	 */
	ClinicalCase createClinicalCase();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CircuitPackage getCircuitPackage();

} //CircuitFactory
