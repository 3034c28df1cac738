/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit.util;

import org.eccworkbench.model.circuit.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.eccworkbench.model.circuit.CircuitPackage
 * @generated
 */
public class CircuitAdapterFactory extends AdapterFactoryImpl {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static CircuitPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CircuitAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = CircuitPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CircuitSwitch<Adapter> modelSwitch =
		new CircuitSwitch<Adapter>() {
			@Override
			public Adapter caseCircuit(Circuit object) {
				return createCircuitAdapter();
			}
			@Override
			public Adapter caseCircuitElement(CircuitElement object) {
				return createCircuitElementAdapter();
			}
			@Override
			public Adapter caseComponent(Component object) {
				return createComponentAdapter();
			}
			@Override
			public Adapter casePort(Port object) {
				return createPortAdapter();
			}
			@Override
			public Adapter caseConnection(Connection object) {
				return createConnectionAdapter();
			}
			@Override
			public Adapter casePatientNode(PatientNode object) {
				return createPatientNodeAdapter();
			}
			@Override
			public Adapter caseCannula(Cannula object) {
				return createCannulaAdapter();
			}
			@Override
			public Adapter caseConnector(Connector object) {
				return createConnectorAdapter();
			}
			@Override
			public Adapter caseReservoir(Reservoir object) {
				return createReservoirAdapter();
			}
			@Override
			public Adapter casePump(Pump object) {
				return createPumpAdapter();
			}
			@Override
			public Adapter caseRollerPump(RollerPump object) {
				return createRollerPumpAdapter();
			}
			@Override
			public Adapter caseCentrifugalPump(CentrifugalPump object) {
				return createCentrifugalPumpAdapter();
			}
			@Override
			public Adapter caseOxygenator(Oxygenator object) {
				return createOxygenatorAdapter();
			}
			@Override
			public Adapter caseArterialFilter(ArterialFilter object) {
				return createArterialFilterAdapter();
			}
			@Override
			public Adapter caseCardioplegiaSet(CardioplegiaSet object) {
				return createCardioplegiaSetAdapter();
			}
			@Override
			public Adapter caseSuctionVent(SuctionVent object) {
				return createSuctionVentAdapter();
			}
			@Override
			public Adapter caseHemoconcentrator(Hemoconcentrator object) {
				return createHemoconcentratorAdapter();
			}
			@Override
			public Adapter caseOneWayValve(OneWayValve object) {
				return createOneWayValveAdapter();
			}
			@Override
			public Adapter caseClamp(Clamp object) {
				return createClampAdapter();
			}
			@Override
			public Adapter caseSensor(Sensor object) {
				return createSensorAdapter();
			}
			@Override
			public Adapter caseGasBlender(GasBlender object) {
				return createGasBlenderAdapter();
			}
			@Override
			public Adapter caseHeaterCooler(HeaterCooler object) {
				return createHeaterCoolerAdapter();
			}
			@Override
			public Adapter casePatient(Patient object) {
				return createPatientAdapter();
			}
			@Override
			public Adapter caseClinicalCase(ClinicalCase object) {
				return createClinicalCaseAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.model.circuit.Circuit <em>Circuit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.model.circuit.Circuit
	 * @generated
	 */
	public Adapter createCircuitAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.model.circuit.CircuitElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.model.circuit.CircuitElement
	 * @generated
	 */
	public Adapter createCircuitElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.model.circuit.Component <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.model.circuit.Component
	 * @generated
	 */
	public Adapter createComponentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.model.circuit.Port <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.model.circuit.Port
	 * @generated
	 */
	public Adapter createPortAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.model.circuit.Connection <em>Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.model.circuit.Connection
	 * @generated
	 */
	public Adapter createConnectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.model.circuit.PatientNode <em>Patient Node</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.model.circuit.PatientNode
	 * @generated
	 */
	public Adapter createPatientNodeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.model.circuit.Cannula <em>Cannula</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.model.circuit.Cannula
	 * @generated
	 */
	public Adapter createCannulaAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.model.circuit.Connector <em>Connector</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.model.circuit.Connector
	 * @generated
	 */
	public Adapter createConnectorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.model.circuit.Reservoir <em>Reservoir</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.model.circuit.Reservoir
	 * @generated
	 */
	public Adapter createReservoirAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.model.circuit.Pump <em>Pump</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.model.circuit.Pump
	 * @generated
	 */
	public Adapter createPumpAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.model.circuit.RollerPump <em>Roller Pump</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.model.circuit.RollerPump
	 * @generated
	 */
	public Adapter createRollerPumpAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.model.circuit.CentrifugalPump <em>Centrifugal Pump</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.model.circuit.CentrifugalPump
	 * @generated
	 */
	public Adapter createCentrifugalPumpAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.model.circuit.Oxygenator <em>Oxygenator</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.model.circuit.Oxygenator
	 * @generated
	 */
	public Adapter createOxygenatorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.model.circuit.ArterialFilter <em>Arterial Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.model.circuit.ArterialFilter
	 * @generated
	 */
	public Adapter createArterialFilterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.model.circuit.CardioplegiaSet <em>Cardioplegia Set</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.model.circuit.CardioplegiaSet
	 * @generated
	 */
	public Adapter createCardioplegiaSetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.model.circuit.SuctionVent <em>Suction Vent</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.model.circuit.SuctionVent
	 * @generated
	 */
	public Adapter createSuctionVentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.model.circuit.Hemoconcentrator <em>Hemoconcentrator</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.model.circuit.Hemoconcentrator
	 * @generated
	 */
	public Adapter createHemoconcentratorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.model.circuit.OneWayValve <em>One Way Valve</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.model.circuit.OneWayValve
	 * @generated
	 */
	public Adapter createOneWayValveAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.model.circuit.Clamp <em>Clamp</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.model.circuit.Clamp
	 * @generated
	 */
	public Adapter createClampAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.model.circuit.Sensor <em>Sensor</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.model.circuit.Sensor
	 * @generated
	 */
	public Adapter createSensorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.model.circuit.GasBlender <em>Gas Blender</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.model.circuit.GasBlender
	 * @generated
	 */
	public Adapter createGasBlenderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.model.circuit.HeaterCooler <em>Heater Cooler</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.model.circuit.HeaterCooler
	 * @generated
	 */
	public Adapter createHeaterCoolerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.model.circuit.Patient <em>Patient</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.model.circuit.Patient
	 * @generated
	 */
	public Adapter createPatientAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.model.circuit.ClinicalCase <em>Clinical Case</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.model.circuit.ClinicalCase
	 * @generated
	 */
	public Adapter createClinicalCaseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //CircuitAdapterFactory
