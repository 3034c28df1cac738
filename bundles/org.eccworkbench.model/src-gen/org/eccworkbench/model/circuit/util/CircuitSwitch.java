/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit.util;

import org.eccworkbench.model.circuit.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.eccworkbench.model.circuit.CircuitPackage
 * @generated
 */
public class CircuitSwitch<T> extends Switch<T> {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static CircuitPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CircuitSwitch() {
		if (modelPackage == null) {
			modelPackage = CircuitPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case CircuitPackage.CIRCUIT: {
				Circuit circuit = (Circuit)theEObject;
				T result = caseCircuit(circuit);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CircuitPackage.CIRCUIT_ELEMENT: {
				CircuitElement circuitElement = (CircuitElement)theEObject;
				T result = caseCircuitElement(circuitElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CircuitPackage.COMPONENT: {
				Component component = (Component)theEObject;
				T result = caseComponent(component);
				if (result == null) result = caseCircuitElement(component);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CircuitPackage.PORT: {
				Port port = (Port)theEObject;
				T result = casePort(port);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CircuitPackage.CONNECTION: {
				Connection connection = (Connection)theEObject;
				T result = caseConnection(connection);
				if (result == null) result = caseCircuitElement(connection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CircuitPackage.PATIENT_NODE: {
				PatientNode patientNode = (PatientNode)theEObject;
				T result = casePatientNode(patientNode);
				if (result == null) result = caseComponent(patientNode);
				if (result == null) result = caseCircuitElement(patientNode);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CircuitPackage.CANNULA: {
				Cannula cannula = (Cannula)theEObject;
				T result = caseCannula(cannula);
				if (result == null) result = caseComponent(cannula);
				if (result == null) result = caseCircuitElement(cannula);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CircuitPackage.CONNECTOR: {
				Connector connector = (Connector)theEObject;
				T result = caseConnector(connector);
				if (result == null) result = caseComponent(connector);
				if (result == null) result = caseCircuitElement(connector);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CircuitPackage.RESERVOIR: {
				Reservoir reservoir = (Reservoir)theEObject;
				T result = caseReservoir(reservoir);
				if (result == null) result = caseComponent(reservoir);
				if (result == null) result = caseCircuitElement(reservoir);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CircuitPackage.PUMP: {
				Pump pump = (Pump)theEObject;
				T result = casePump(pump);
				if (result == null) result = caseComponent(pump);
				if (result == null) result = caseCircuitElement(pump);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CircuitPackage.ROLLER_PUMP: {
				RollerPump rollerPump = (RollerPump)theEObject;
				T result = caseRollerPump(rollerPump);
				if (result == null) result = casePump(rollerPump);
				if (result == null) result = caseComponent(rollerPump);
				if (result == null) result = caseCircuitElement(rollerPump);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CircuitPackage.CENTRIFUGAL_PUMP: {
				CentrifugalPump centrifugalPump = (CentrifugalPump)theEObject;
				T result = caseCentrifugalPump(centrifugalPump);
				if (result == null) result = casePump(centrifugalPump);
				if (result == null) result = caseComponent(centrifugalPump);
				if (result == null) result = caseCircuitElement(centrifugalPump);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CircuitPackage.OXYGENATOR: {
				Oxygenator oxygenator = (Oxygenator)theEObject;
				T result = caseOxygenator(oxygenator);
				if (result == null) result = caseComponent(oxygenator);
				if (result == null) result = caseCircuitElement(oxygenator);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CircuitPackage.ARTERIAL_FILTER: {
				ArterialFilter arterialFilter = (ArterialFilter)theEObject;
				T result = caseArterialFilter(arterialFilter);
				if (result == null) result = caseComponent(arterialFilter);
				if (result == null) result = caseCircuitElement(arterialFilter);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CircuitPackage.CARDIOPLEGIA_SET: {
				CardioplegiaSet cardioplegiaSet = (CardioplegiaSet)theEObject;
				T result = caseCardioplegiaSet(cardioplegiaSet);
				if (result == null) result = caseComponent(cardioplegiaSet);
				if (result == null) result = caseCircuitElement(cardioplegiaSet);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CircuitPackage.SUCTION_VENT: {
				SuctionVent suctionVent = (SuctionVent)theEObject;
				T result = caseSuctionVent(suctionVent);
				if (result == null) result = caseComponent(suctionVent);
				if (result == null) result = caseCircuitElement(suctionVent);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CircuitPackage.HEMOCONCENTRATOR: {
				Hemoconcentrator hemoconcentrator = (Hemoconcentrator)theEObject;
				T result = caseHemoconcentrator(hemoconcentrator);
				if (result == null) result = caseComponent(hemoconcentrator);
				if (result == null) result = caseCircuitElement(hemoconcentrator);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CircuitPackage.ONE_WAY_VALVE: {
				OneWayValve oneWayValve = (OneWayValve)theEObject;
				T result = caseOneWayValve(oneWayValve);
				if (result == null) result = caseComponent(oneWayValve);
				if (result == null) result = caseCircuitElement(oneWayValve);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CircuitPackage.CLAMP: {
				Clamp clamp = (Clamp)theEObject;
				T result = caseClamp(clamp);
				if (result == null) result = caseComponent(clamp);
				if (result == null) result = caseCircuitElement(clamp);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CircuitPackage.SENSOR: {
				Sensor sensor = (Sensor)theEObject;
				T result = caseSensor(sensor);
				if (result == null) result = caseComponent(sensor);
				if (result == null) result = caseCircuitElement(sensor);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CircuitPackage.GAS_BLENDER: {
				GasBlender gasBlender = (GasBlender)theEObject;
				T result = caseGasBlender(gasBlender);
				if (result == null) result = caseComponent(gasBlender);
				if (result == null) result = caseCircuitElement(gasBlender);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CircuitPackage.HEATER_COOLER: {
				HeaterCooler heaterCooler = (HeaterCooler)theEObject;
				T result = caseHeaterCooler(heaterCooler);
				if (result == null) result = caseComponent(heaterCooler);
				if (result == null) result = caseCircuitElement(heaterCooler);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CircuitPackage.PATIENT: {
				Patient patient = (Patient)theEObject;
				T result = casePatient(patient);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CircuitPackage.CLINICAL_CASE: {
				ClinicalCase clinicalCase = (ClinicalCase)theEObject;
				T result = caseClinicalCase(clinicalCase);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Circuit</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Circuit</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCircuit(Circuit object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCircuitElement(CircuitElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Component</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Component</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseComponent(Component object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Port</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Port</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePort(Port object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Connection</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Connection</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConnection(Connection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Patient Node</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Patient Node</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePatientNode(PatientNode object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cannula</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cannula</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCannula(Cannula object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Connector</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Connector</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConnector(Connector object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reservoir</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reservoir</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReservoir(Reservoir object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pump</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pump</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePump(Pump object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Roller Pump</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Roller Pump</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRollerPump(RollerPump object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Centrifugal Pump</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Centrifugal Pump</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCentrifugalPump(CentrifugalPump object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Oxygenator</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Oxygenator</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOxygenator(Oxygenator object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Arterial Filter</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Arterial Filter</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseArterialFilter(ArterialFilter object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cardioplegia Set</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cardioplegia Set</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCardioplegiaSet(CardioplegiaSet object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Suction Vent</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Suction Vent</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSuctionVent(SuctionVent object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Hemoconcentrator</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Hemoconcentrator</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHemoconcentrator(Hemoconcentrator object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>One Way Valve</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>One Way Valve</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOneWayValve(OneWayValve object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Clamp</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Clamp</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseClamp(Clamp object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sensor</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sensor</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSensor(Sensor object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Gas Blender</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Gas Blender</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGasBlender(GasBlender object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Heater Cooler</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Heater Cooler</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHeaterCooler(HeaterCooler object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Patient</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Patient</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePatient(Patient object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Clinical Case</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Clinical Case</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseClinicalCase(ClinicalCase object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //CircuitSwitch
