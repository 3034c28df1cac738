/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.kit.mission.impl;

import java.util.Collection;

import org.eccworkbench.kit.mission.MissionPackage;
import org.eccworkbench.kit.mission.PlanningRules;
import org.eccworkbench.kit.mission.SparePolicy;
import org.eccworkbench.kit.mission.WeightBand;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Planning Rules</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.kit.mission.impl.PlanningRulesImpl#getCardiacIndex <em>Cardiac Index</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.PlanningRulesImpl#getBsaFormula <em>Bsa Formula</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.PlanningRulesImpl#getHeparinUnitsPerKg <em>Heparin Units Per Kg</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.PlanningRulesImpl#getProtamineMgPer100Units <em>Protamine Mg Per100 Units</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.PlanningRulesImpl#getCardioplegiaProtocol <em>Cardioplegia Protocol</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.PlanningRulesImpl#getTargetHctPercent <em>Target Hct Percent</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.PlanningRulesImpl#getPackedCellHctPercent <em>Packed Cell Hct Percent</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.PlanningRulesImpl#getEmergencyTemplate <em>Emergency Template</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.PlanningRulesImpl#getEmergencyCircuits <em>Emergency Circuits</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.PlanningRulesImpl#getBands <em>Bands</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.PlanningRulesImpl#getSpares <em>Spares</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanningRulesImpl extends EObjectImpl implements PlanningRules {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The default value of the '{@link #getCardiacIndex() <em>Cardiac Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCardiacIndex()
	 * @generated
	 * @ordered
	 */
	protected static final double CARDIAC_INDEX_EDEFAULT = 2.8;

	/**
	 * The cached value of the '{@link #getCardiacIndex() <em>Cardiac Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCardiacIndex()
	 * @generated
	 * @ordered
	 */
	protected double cardiacIndex = CARDIAC_INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getBsaFormula() <em>Bsa Formula</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBsaFormula()
	 * @generated
	 * @ordered
	 */
	protected static final String BSA_FORMULA_EDEFAULT = "haycock";

	/**
	 * The cached value of the '{@link #getBsaFormula() <em>Bsa Formula</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBsaFormula()
	 * @generated
	 * @ordered
	 */
	protected String bsaFormula = BSA_FORMULA_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeparinUnitsPerKg() <em>Heparin Units Per Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeparinUnitsPerKg()
	 * @generated
	 * @ordered
	 */
	protected static final double HEPARIN_UNITS_PER_KG_EDEFAULT = 300.0;

	/**
	 * The cached value of the '{@link #getHeparinUnitsPerKg() <em>Heparin Units Per Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeparinUnitsPerKg()
	 * @generated
	 * @ordered
	 */
	protected double heparinUnitsPerKg = HEPARIN_UNITS_PER_KG_EDEFAULT;

	/**
	 * The default value of the '{@link #getProtamineMgPer100Units() <em>Protamine Mg Per100 Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtamineMgPer100Units()
	 * @generated
	 * @ordered
	 */
	protected static final double PROTAMINE_MG_PER100_UNITS_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getProtamineMgPer100Units() <em>Protamine Mg Per100 Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtamineMgPer100Units()
	 * @generated
	 * @ordered
	 */
	protected double protamineMgPer100Units = PROTAMINE_MG_PER100_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCardioplegiaProtocol() <em>Cardioplegia Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCardioplegiaProtocol()
	 * @generated
	 * @ordered
	 */
	protected static final String CARDIOPLEGIA_PROTOCOL_EDEFAULT = "del-nido";

	/**
	 * The cached value of the '{@link #getCardioplegiaProtocol() <em>Cardioplegia Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCardioplegiaProtocol()
	 * @generated
	 * @ordered
	 */
	protected String cardioplegiaProtocol = CARDIOPLEGIA_PROTOCOL_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetHctPercent() <em>Target Hct Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetHctPercent()
	 * @generated
	 * @ordered
	 */
	protected static final double TARGET_HCT_PERCENT_EDEFAULT = 25.0;

	/**
	 * The cached value of the '{@link #getTargetHctPercent() <em>Target Hct Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetHctPercent()
	 * @generated
	 * @ordered
	 */
	protected double targetHctPercent = TARGET_HCT_PERCENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPackedCellHctPercent() <em>Packed Cell Hct Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPackedCellHctPercent()
	 * @generated
	 * @ordered
	 */
	protected static final double PACKED_CELL_HCT_PERCENT_EDEFAULT = 60.0;

	/**
	 * The cached value of the '{@link #getPackedCellHctPercent() <em>Packed Cell Hct Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPackedCellHctPercent()
	 * @generated
	 * @ordered
	 */
	protected double packedCellHctPercent = PACKED_CELL_HCT_PERCENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmergencyTemplate() <em>Emergency Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmergencyTemplate()
	 * @generated
	 * @ordered
	 */
	protected static final String EMERGENCY_TEMPLATE_EDEFAULT = "va-ecmo";

	/**
	 * The cached value of the '{@link #getEmergencyTemplate() <em>Emergency Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmergencyTemplate()
	 * @generated
	 * @ordered
	 */
	protected String emergencyTemplate = EMERGENCY_TEMPLATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmergencyCircuits() <em>Emergency Circuits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmergencyCircuits()
	 * @generated
	 * @ordered
	 */
	protected static final int EMERGENCY_CIRCUITS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getEmergencyCircuits() <em>Emergency Circuits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmergencyCircuits()
	 * @generated
	 * @ordered
	 */
	protected int emergencyCircuits = EMERGENCY_CIRCUITS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBands() <em>Bands</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBands()
	 * @generated
	 * @ordered
	 */
	protected EList<WeightBand> bands;

	/**
	 * The cached value of the '{@link #getSpares() <em>Spares</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpares()
	 * @generated
	 * @ordered
	 */
	protected EList<SparePolicy> spares;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanningRulesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MissionPackage.Literals.PLANNING_RULES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCardiacIndex() {
		return cardiacIndex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCardiacIndex(double newCardiacIndex) {
		double oldCardiacIndex = cardiacIndex;
		cardiacIndex = newCardiacIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.PLANNING_RULES__CARDIAC_INDEX, oldCardiacIndex, cardiacIndex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBsaFormula() {
		return bsaFormula;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBsaFormula(String newBsaFormula) {
		String oldBsaFormula = bsaFormula;
		bsaFormula = newBsaFormula;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.PLANNING_RULES__BSA_FORMULA, oldBsaFormula, bsaFormula));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHeparinUnitsPerKg() {
		return heparinUnitsPerKg;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeparinUnitsPerKg(double newHeparinUnitsPerKg) {
		double oldHeparinUnitsPerKg = heparinUnitsPerKg;
		heparinUnitsPerKg = newHeparinUnitsPerKg;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.PLANNING_RULES__HEPARIN_UNITS_PER_KG, oldHeparinUnitsPerKg, heparinUnitsPerKg));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getProtamineMgPer100Units() {
		return protamineMgPer100Units;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtamineMgPer100Units(double newProtamineMgPer100Units) {
		double oldProtamineMgPer100Units = protamineMgPer100Units;
		protamineMgPer100Units = newProtamineMgPer100Units;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.PLANNING_RULES__PROTAMINE_MG_PER100_UNITS, oldProtamineMgPer100Units, protamineMgPer100Units));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCardioplegiaProtocol() {
		return cardioplegiaProtocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCardioplegiaProtocol(String newCardioplegiaProtocol) {
		String oldCardioplegiaProtocol = cardioplegiaProtocol;
		cardioplegiaProtocol = newCardioplegiaProtocol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.PLANNING_RULES__CARDIOPLEGIA_PROTOCOL, oldCardioplegiaProtocol, cardioplegiaProtocol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTargetHctPercent() {
		return targetHctPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetHctPercent(double newTargetHctPercent) {
		double oldTargetHctPercent = targetHctPercent;
		targetHctPercent = newTargetHctPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.PLANNING_RULES__TARGET_HCT_PERCENT, oldTargetHctPercent, targetHctPercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPackedCellHctPercent() {
		return packedCellHctPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPackedCellHctPercent(double newPackedCellHctPercent) {
		double oldPackedCellHctPercent = packedCellHctPercent;
		packedCellHctPercent = newPackedCellHctPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.PLANNING_RULES__PACKED_CELL_HCT_PERCENT, oldPackedCellHctPercent, packedCellHctPercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmergencyTemplate() {
		return emergencyTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmergencyTemplate(String newEmergencyTemplate) {
		String oldEmergencyTemplate = emergencyTemplate;
		emergencyTemplate = newEmergencyTemplate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.PLANNING_RULES__EMERGENCY_TEMPLATE, oldEmergencyTemplate, emergencyTemplate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEmergencyCircuits() {
		return emergencyCircuits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmergencyCircuits(int newEmergencyCircuits) {
		int oldEmergencyCircuits = emergencyCircuits;
		emergencyCircuits = newEmergencyCircuits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.PLANNING_RULES__EMERGENCY_CIRCUITS, oldEmergencyCircuits, emergencyCircuits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WeightBand> getBands() {
		if (bands == null) {
			bands = new EObjectContainmentEList<WeightBand>(WeightBand.class, this, MissionPackage.PLANNING_RULES__BANDS);
		}
		return bands;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SparePolicy> getSpares() {
		if (spares == null) {
			spares = new EObjectContainmentEList<SparePolicy>(SparePolicy.class, this, MissionPackage.PLANNING_RULES__SPARES);
		}
		return spares;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MissionPackage.PLANNING_RULES__BANDS:
				return ((InternalEList<?>)getBands()).basicRemove(otherEnd, msgs);
			case MissionPackage.PLANNING_RULES__SPARES:
				return ((InternalEList<?>)getSpares()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MissionPackage.PLANNING_RULES__CARDIAC_INDEX:
				return getCardiacIndex();
			case MissionPackage.PLANNING_RULES__BSA_FORMULA:
				return getBsaFormula();
			case MissionPackage.PLANNING_RULES__HEPARIN_UNITS_PER_KG:
				return getHeparinUnitsPerKg();
			case MissionPackage.PLANNING_RULES__PROTAMINE_MG_PER100_UNITS:
				return getProtamineMgPer100Units();
			case MissionPackage.PLANNING_RULES__CARDIOPLEGIA_PROTOCOL:
				return getCardioplegiaProtocol();
			case MissionPackage.PLANNING_RULES__TARGET_HCT_PERCENT:
				return getTargetHctPercent();
			case MissionPackage.PLANNING_RULES__PACKED_CELL_HCT_PERCENT:
				return getPackedCellHctPercent();
			case MissionPackage.PLANNING_RULES__EMERGENCY_TEMPLATE:
				return getEmergencyTemplate();
			case MissionPackage.PLANNING_RULES__EMERGENCY_CIRCUITS:
				return getEmergencyCircuits();
			case MissionPackage.PLANNING_RULES__BANDS:
				return getBands();
			case MissionPackage.PLANNING_RULES__SPARES:
				return getSpares();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MissionPackage.PLANNING_RULES__CARDIAC_INDEX:
				setCardiacIndex((Double)newValue);
				return;
			case MissionPackage.PLANNING_RULES__BSA_FORMULA:
				setBsaFormula((String)newValue);
				return;
			case MissionPackage.PLANNING_RULES__HEPARIN_UNITS_PER_KG:
				setHeparinUnitsPerKg((Double)newValue);
				return;
			case MissionPackage.PLANNING_RULES__PROTAMINE_MG_PER100_UNITS:
				setProtamineMgPer100Units((Double)newValue);
				return;
			case MissionPackage.PLANNING_RULES__CARDIOPLEGIA_PROTOCOL:
				setCardioplegiaProtocol((String)newValue);
				return;
			case MissionPackage.PLANNING_RULES__TARGET_HCT_PERCENT:
				setTargetHctPercent((Double)newValue);
				return;
			case MissionPackage.PLANNING_RULES__PACKED_CELL_HCT_PERCENT:
				setPackedCellHctPercent((Double)newValue);
				return;
			case MissionPackage.PLANNING_RULES__EMERGENCY_TEMPLATE:
				setEmergencyTemplate((String)newValue);
				return;
			case MissionPackage.PLANNING_RULES__EMERGENCY_CIRCUITS:
				setEmergencyCircuits((Integer)newValue);
				return;
			case MissionPackage.PLANNING_RULES__BANDS:
				getBands().clear();
				getBands().addAll((Collection<? extends WeightBand>)newValue);
				return;
			case MissionPackage.PLANNING_RULES__SPARES:
				getSpares().clear();
				getSpares().addAll((Collection<? extends SparePolicy>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case MissionPackage.PLANNING_RULES__CARDIAC_INDEX:
				setCardiacIndex(CARDIAC_INDEX_EDEFAULT);
				return;
			case MissionPackage.PLANNING_RULES__BSA_FORMULA:
				setBsaFormula(BSA_FORMULA_EDEFAULT);
				return;
			case MissionPackage.PLANNING_RULES__HEPARIN_UNITS_PER_KG:
				setHeparinUnitsPerKg(HEPARIN_UNITS_PER_KG_EDEFAULT);
				return;
			case MissionPackage.PLANNING_RULES__PROTAMINE_MG_PER100_UNITS:
				setProtamineMgPer100Units(PROTAMINE_MG_PER100_UNITS_EDEFAULT);
				return;
			case MissionPackage.PLANNING_RULES__CARDIOPLEGIA_PROTOCOL:
				setCardioplegiaProtocol(CARDIOPLEGIA_PROTOCOL_EDEFAULT);
				return;
			case MissionPackage.PLANNING_RULES__TARGET_HCT_PERCENT:
				setTargetHctPercent(TARGET_HCT_PERCENT_EDEFAULT);
				return;
			case MissionPackage.PLANNING_RULES__PACKED_CELL_HCT_PERCENT:
				setPackedCellHctPercent(PACKED_CELL_HCT_PERCENT_EDEFAULT);
				return;
			case MissionPackage.PLANNING_RULES__EMERGENCY_TEMPLATE:
				setEmergencyTemplate(EMERGENCY_TEMPLATE_EDEFAULT);
				return;
			case MissionPackage.PLANNING_RULES__EMERGENCY_CIRCUITS:
				setEmergencyCircuits(EMERGENCY_CIRCUITS_EDEFAULT);
				return;
			case MissionPackage.PLANNING_RULES__BANDS:
				getBands().clear();
				return;
			case MissionPackage.PLANNING_RULES__SPARES:
				getSpares().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case MissionPackage.PLANNING_RULES__CARDIAC_INDEX:
				return cardiacIndex != CARDIAC_INDEX_EDEFAULT;
			case MissionPackage.PLANNING_RULES__BSA_FORMULA:
				return BSA_FORMULA_EDEFAULT == null ? bsaFormula != null : !BSA_FORMULA_EDEFAULT.equals(bsaFormula);
			case MissionPackage.PLANNING_RULES__HEPARIN_UNITS_PER_KG:
				return heparinUnitsPerKg != HEPARIN_UNITS_PER_KG_EDEFAULT;
			case MissionPackage.PLANNING_RULES__PROTAMINE_MG_PER100_UNITS:
				return protamineMgPer100Units != PROTAMINE_MG_PER100_UNITS_EDEFAULT;
			case MissionPackage.PLANNING_RULES__CARDIOPLEGIA_PROTOCOL:
				return CARDIOPLEGIA_PROTOCOL_EDEFAULT == null ? cardioplegiaProtocol != null : !CARDIOPLEGIA_PROTOCOL_EDEFAULT.equals(cardioplegiaProtocol);
			case MissionPackage.PLANNING_RULES__TARGET_HCT_PERCENT:
				return targetHctPercent != TARGET_HCT_PERCENT_EDEFAULT;
			case MissionPackage.PLANNING_RULES__PACKED_CELL_HCT_PERCENT:
				return packedCellHctPercent != PACKED_CELL_HCT_PERCENT_EDEFAULT;
			case MissionPackage.PLANNING_RULES__EMERGENCY_TEMPLATE:
				return EMERGENCY_TEMPLATE_EDEFAULT == null ? emergencyTemplate != null : !EMERGENCY_TEMPLATE_EDEFAULT.equals(emergencyTemplate);
			case MissionPackage.PLANNING_RULES__EMERGENCY_CIRCUITS:
				return emergencyCircuits != EMERGENCY_CIRCUITS_EDEFAULT;
			case MissionPackage.PLANNING_RULES__BANDS:
				return bands != null && !bands.isEmpty();
			case MissionPackage.PLANNING_RULES__SPARES:
				return spares != null && !spares.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (cardiacIndex: ");
		result.append(cardiacIndex);
		result.append(", bsaFormula: ");
		result.append(bsaFormula);
		result.append(", heparinUnitsPerKg: ");
		result.append(heparinUnitsPerKg);
		result.append(", protamineMgPer100Units: ");
		result.append(protamineMgPer100Units);
		result.append(", cardioplegiaProtocol: ");
		result.append(cardioplegiaProtocol);
		result.append(", targetHctPercent: ");
		result.append(targetHctPercent);
		result.append(", packedCellHctPercent: ");
		result.append(packedCellHctPercent);
		result.append(", emergencyTemplate: ");
		result.append(emergencyTemplate);
		result.append(", emergencyCircuits: ");
		result.append(emergencyCircuits);
		result.append(')');
		return result.toString();
	}

} //PlanningRulesImpl
